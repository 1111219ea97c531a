using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SolidarityGraph.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RecordSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Fundings_FunderId",
                table: "Fundings");

            migrationBuilder.CreateIndex(
                name: "IX_Fundings_FunderId_Currency_Amount",
                table: "Fundings",
                columns: new[] { "FunderId", "Currency", "Amount" });

            // RecordSearch's full-text index (SQLite FTS5, trigram tokenizer: any substring of three or more characters,
            // case folded). Kept by triggers, so every writer (EF Core, grow-dataset, copy-to) keeps it current.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE \"RecordSearchIndex\" USING fts5(\"Kind\" UNINDEXED, \"Id\" UNINDEXED, \"Name\", \"Other\", tokenize = 'trigram');");
            foreach (var (kind, table, name, other) in Searched)
            {
                var values = $"'{kind}', new.\"Id\", new.\"{name}\", {(other is null ? "NULL" : $"new.\"{other}\"")}";
                var remove = $"DELETE FROM \"RecordSearchIndex\" WHERE \"Kind\" = '{kind}' AND \"Id\" = old.\"Id\";";
                var columns = other is null ? $"\"{name}\"" : $"\"{name}\", \"{other}\"";
                migrationBuilder.Sql($"INSERT INTO \"RecordSearchIndex\" (\"Kind\", \"Id\", \"Name\", \"Other\") SELECT {values.Replace("new.", "", StringComparison.Ordinal)} FROM \"{table}\";");
                migrationBuilder.Sql($"CREATE TRIGGER \"RecordSearch_{table}_Insert\" AFTER INSERT ON \"{table}\" BEGIN INSERT INTO \"RecordSearchIndex\" (\"Kind\", \"Id\", \"Name\", \"Other\") VALUES ({values}); END;");
                migrationBuilder.Sql($"CREATE TRIGGER \"RecordSearch_{table}_Update\" AFTER UPDATE OF {columns} ON \"{table}\" BEGIN {remove} INSERT INTO \"RecordSearchIndex\" (\"Kind\", \"Id\", \"Name\", \"Other\") VALUES ({values}); END;");
                migrationBuilder.Sql($"CREATE TRIGGER \"RecordSearch_{table}_Delete\" AFTER DELETE ON \"{table}\" BEGIN {remove} END;");
            }
        }

        // What RecordSearch searches: the record type (its Kind in the index), its table and up to two text columns.
        private static readonly (string Kind, string Table, string Name, string Other)[] Searched =
        [
            ("Project", "Projects", "Title", "Description"),
            ("Organisation", "Organisations", "Name", "Acronym"),
            ("Place", "Places", "Name", null),
            ("Event", "Events", "Title", null),
            ("EventSeries", "EventSeries", "Title", null),
            ("Training", "Trainings", "Title", null),
            ("Campaign", "Campaigns", "Name", null),
            ("Indicator", "Indicators", "Title", "Code"),
            ("Source", "Sources", "Title", null),
            ("PublicContact", "PublicContacts", "FullName", null),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (_, table, _, _) in Searched)
            {
                migrationBuilder.Sql($"DROP TRIGGER \"RecordSearch_{table}_Insert\"; DROP TRIGGER \"RecordSearch_{table}_Update\"; DROP TRIGGER \"RecordSearch_{table}_Delete\";");
            }

            migrationBuilder.Sql("DROP TABLE \"RecordSearchIndex\";");
            migrationBuilder.DropIndex(
                name: "IX_Fundings_FunderId_Currency_Amount",
                table: "Fundings");

            migrationBuilder.CreateIndex(
                name: "IX_Fundings_FunderId",
                table: "Fundings",
                column: "FunderId");
        }
    }
}
