package uk.gov.pathway.web.it;

import java.lang.reflect.Field;
import java.net.URL;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browser tests' set-up, once: a test registers it ({@code @RegisterExtension final BrowserSession session = new
 * BrowserSession();}) and asks it for a Chromium ({@link #browser()}) or for one signed in as a demo account
 * ({@link #signedInAs}) on the deployment Arquillian gave the test (its {@code @ArquillianResource URL}). The browser
 * is opened when first asked for; after each test it is closed, and when the test failed a screenshot named for the
 * test is kept beside the accessibility checks' screenshots.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    private Object test;
    private String testName;
    private Browser browser;

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context.getRequiredTestInstance();
        testName = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
    }

    /** The test's browser, opened on first use. */
    public Browser browser() {
        if (browser == null) {
            browser = new Browser();
        }
        return browser;
    }

    /** The test's browser, signed in as a demo account (password = user name) on the home screen. */
    public Browser signedInAs(String user) {
        return browser().signedInAs(base(), user);
    }

    /** The deployment's address, as Arquillian injected it into the test. */
    public URL base() {
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(ArquillianResource.class) && field.getType() == URL.class) {
                    try {
                        field.setAccessible(true);
                        URL base = (URL) field.get(test);
                        if (base != null) {
                            return base;
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        throw new IllegalStateException(test.getClass().getSimpleName() + " has no @ArquillianResource URL injected");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                browser.screenshot("failed-" + testName);
            }
        } catch (RuntimeException unreadable) {
            // a browser that cannot take a screenshot any more must not hide the test's own failure
        } finally {
            browser.close();
            browser = null;
        }
    }
}
