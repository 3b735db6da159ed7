package uk.gov.pathway.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Samples the server's used heap twice a second with the JDK's jstat and keeps the peak. */
final class HeapSampler implements AutoCloseable {

    private final Process jstat;
    private final Thread reader;
    private volatile long peakKb;

    HeapSampler(long pid) throws Exception {
        jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "500").redirectErrorStream(true).start();
        reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
            String[] header = null;
            for (String line; (line = lines.readLine()) != null; ) {
                String[] fields = line.trim().split("\\s+");
                if (fields[0].equals("S0C")) {
                    header = fields;
                    continue;
                }
                if (header == null || fields.length != header.length) {
                    continue;
                }
                double used = 0;
                for (int i = 0; i < header.length; i++) {
                    if (header[i].equals("S0U") || header[i].equals("S1U") || header[i].equals("EU") || header[i].equals("OU")) {
                        used += Double.parseDouble(fields[i]);
                    }
                }
                peakKb = Math.max(peakKb, (long) used);
            }
        } catch (Exception e) {
            // the server stopped: the peak so far stands
        }
    }

    long peakMb() {
        return peakKb / 1024;
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
