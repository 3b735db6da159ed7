package uk.gov.pathway.kernel.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A bundle of evidence to print as one paginated PDF: a cover (title and lines), an index of its sections with the
 * page each starts on, then the sections, each on a new page. A section holds paragraphs and tables in order, and the
 * PDFs that join it as they are (signed documents uploaded): their pages follow the section's own.
 */
public record BundleDocument(String title, List<String> cover, List<Section> sections) {

    public BundleDocument {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A bundle needs a title");
        }
        cover = cover == null ? List.of() : List.copyOf(cover);
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("The bundle '" + title + "' has no section");
        }
    }

    /** A numbered section of the bundle. */
    public record Section(String heading, List<Block> blocks, List<byte[]> attachedPdfs) {
        public Section {
            if (heading == null || heading.isBlank()) {
                throw new IllegalArgumentException("A section needs a heading");
            }
            blocks = List.copyOf(blocks);
            attachedPdfs = attachedPdfs == null ? List.of() : List.copyOf(attachedPdfs);
        }

        public Section(String heading, List<Block> blocks) {
            this(heading, blocks, List.of());
        }
    }

    /** Something a section prints: a paragraph or a table. */
    public sealed interface Block permits Text, Table {
    }

    public record Text(String text) implements Block {
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            List<List<String>> copied = new ArrayList<>();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells; the table has "
                            + headers.size() + " columns");
                }
                copied.add(row.stream().map(cell -> cell == null ? "" : cell).toList());
            }
            rows = List.copyOf(copied);
        }
    }
}
