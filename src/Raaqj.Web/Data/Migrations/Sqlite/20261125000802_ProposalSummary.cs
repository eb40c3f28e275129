using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LocalMatchCents",
                table: "Proposals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "MissingCount",
                table: "Proposals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_RequestForActionId_SubmittedAtUtc",
                table: "Proposals",
                columns: new[] { "RequestForActionId", "SubmittedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_RequestForActionId_SubmittedAtUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "LocalMatchCents",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "MissingCount",
                table: "Proposals");
        }
    }
}
