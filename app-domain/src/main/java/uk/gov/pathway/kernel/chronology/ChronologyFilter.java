package uk.gov.pathway.kernel.chronology;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * Which lines of a timeline to show: one module, one kind, days from and to (both included); each may be empty.
 */
public record ChronologyFilter(String module, String kind, LocalDate from, LocalDate to) {

    /** The modules that announce chronology entries (spec/PRODUCT.md); the kernel's deadlines announce as "kernel". */
    public static final List<String> MODULES = List.of("registration", "casework", "panels", "legal", "kernel");
    public static final ChronologyFilter ALL = new ChronologyFilter(null, null, null, null);

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public ChronologyFilter {
        module = module == null || module.isBlank() ? null : module.strip().toLowerCase(Locale.ROOT);
        kind = kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(Locale.ROOT);
        if (module != null && !MODULES.contains(module)) {
            throw new InvalidInputException("module", "module must be one of " + String.join(", ", MODULES)
                    + "; got '" + module + "'");
        }
        if (kind != null && !KIND.matcher(kind).matches()) {
            throw new InvalidInputException("kind", "kind is a code of capital letters, digits and _, such as"
                    + " CASE_OPENED; got '" + kind + "'");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "to (" + to + ") is before from (" + from + ")");
        }
    }
}
