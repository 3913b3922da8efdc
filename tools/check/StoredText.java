import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * For tools/check/hostile-inputs.sh: how many stored documents of a DuckDB store contain each
 * given word (run as a single-file program on the CLI's classpath: java -cp "lib/*" StoredText.java DB WORD...).
 */
public class StoredText {
    public static void main(String[] args) throws Exception {
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM documents WHERE strpos(text, ?) > 0")) {
            for (int i = 1; i < args.length; i++) {
                st.setString(1, args[i]);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    System.out.println(args[i] + "\t" + rs.getLong(1));
                }
            }
        }
    }
}
