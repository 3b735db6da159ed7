package uk.gov.pathway.web.view;

import java.io.IOException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Sends a file from a screen's action instead of the next page (a letter, a printed chronology). */
public final class Download {

    private Download() {
    }

    public static void send(String fileName, String contentType, byte[] content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.getResponseOutputStream().write(content);
        faces.responseComplete();
    }
}
