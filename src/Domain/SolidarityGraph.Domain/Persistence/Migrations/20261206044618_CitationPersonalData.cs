using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SolidarityGraph.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CitationPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ContainsPersonalData",
                table: "Citations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsStewardOnly",
                table: "Citations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Existing rows get what CitationPrivacy derives for new ones, with the privacy metadata of this release:
            // citations of personal-data records, or supporting a steward-only member, are steward-only.
            migrationBuilder.Sql(
                """
                UPDATE "Citations" SET "IsStewardOnly" = 1
                WHERE "SubjectKind" IN ('Entrepreneur', 'Enrolment', 'NetworkJoin')
                   OR EXISTS (
                       SELECT 1 FROM json_each("Citations"."Supports") AS f
                       WHERE ("Citations"."SubjectKind" = 'PublicContact' AND lower(f.value) IN ('email', 'phone', 'erasurerequestedat'))
                          OR ("Citations"."SubjectKind" = 'Source' AND lower(f.value) = 'archivedtext')
                          OR ("Citations"."SubjectKind" IN ('Citation', 'Classification') AND lower(f.value) = 'curator')
                          OR ("Citations"."SubjectKind" = 'Indicator' AND lower(f.value) = 'derivation'));
                """);

            // Quotes already saved that name a known person are marked, so the upgrade hides them rather than waiting
            // for their next edit. SQLite's lower() folds ASCII only: names with other letters must match exactly.
            migrationBuilder.Sql(
                """
                UPDATE "Citations" SET "ContainsPersonalData" = 1
                WHERE EXISTS (
                    SELECT 1 FROM (
                        SELECT "FullName" AS name FROM "PublicContacts"
                        UNION SELECT "FullName" FROM "Entrepreneurs" WHERE "FullName" IS NOT NULL) AS p
                    WHERE length(p.name) >= 4 AND instr(lower("Citations"."Quote"), lower(p.name)) > 0);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContainsPersonalData",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "IsStewardOnly",
                table: "Citations");
        }
    }
}
