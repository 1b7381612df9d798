package org.manabi.web.server;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import org.manabi.web.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test against the real ROOT.war the build produced, deployed by Arquillian to its own Payara
 * Micro and called from outside as a client would: nothing is left out of the WAR or added to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedServer {

    /** Where the deployed server answers. */
    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive realWar() {
        File war = new File(System.getProperty("manabi.build.dir", "target"), "ROOT.war");
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'package'");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** Signs {@code browser} in as a demo account, with the demo password; answers the session. */
    protected static HttpResponse<String> signInAsDemo(Http browser, String loginId) {
        return browser.send("POST", "/api/session", "application/json",
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + DemoData.PASSWORD + "\"}");
    }
}
