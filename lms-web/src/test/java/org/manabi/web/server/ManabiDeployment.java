package org.manabi.web.server;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real ROOT.war the build produced, as Arquillian deploys it: nothing is left out or added. */
public final class ManabiDeployment {

    private ManabiDeployment() {
    }

    public static WebArchive realWar() {
        File war = new File(System.getProperty("manabi.build.dir", "target"), "ROOT.war");
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'package'");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
