package uk.gov.pathway.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as it is: tests run against the real thing, not a hand-listed archive. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive pathwayWar() {
        File war = new File(System.getProperty("pathway.war", "target/pathway.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
