using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SolidarityGraph.Domain.Persistence.Migrations.Postgres
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

            // RecordSearch tests lower(column) LIKE '%text%': pg_trgm's GIN indexes on those expressions serve it
            // (pg_trgm is a trusted extension since PostgreSQL 13: the database owner may create it).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            foreach (var (table, column) in Searched)
            {
                migrationBuilder.Sql($"CREATE INDEX \"IX_{table}_{column}_Search\" ON \"{table}\" USING gin (lower(\"{column}\") gin_trgm_ops);");
            }
        }

        // The columns RecordSearch searches.
        private static readonly (string Table, string Column)[] Searched =
        [
            ("Projects", "Title"), ("Projects", "Description"), ("Organisations", "Name"), ("Organisations", "Acronym"),
            ("Places", "Name"), ("Events", "Title"), ("EventSeries", "Title"), ("Trainings", "Title"), ("Campaigns", "Name"),
            ("Indicators", "Title"), ("Indicators", "Code"), ("Sources", "Title"), ("PublicContacts", "FullName"),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in Searched)
            {
                migrationBuilder.Sql($"DROP INDEX \"IX_{table}_{column}_Search\";");
            }

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
