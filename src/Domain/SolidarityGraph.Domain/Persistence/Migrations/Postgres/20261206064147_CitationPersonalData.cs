using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SolidarityGraph.Domain.Persistence.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsStewardOnly",
                table: "Citations",
                type: "boolean",
                nullable: false,
                defaultValue: false);
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
