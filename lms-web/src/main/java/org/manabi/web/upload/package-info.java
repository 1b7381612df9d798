/** Reading uploaded files into memory within a limit, for every upload route. */
package org.manabi.web.upload;
