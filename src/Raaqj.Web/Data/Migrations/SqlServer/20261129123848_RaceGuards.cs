using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RaceGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrganizationInvitations_OrganizationId_Email",
                table: "OrganizationInvitations");

            migrationBuilder.AddColumn<long>(
                name: "AttachmentBytes",
                table: "Proposals",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Kept figures for proposals that already have attachments.
            migrationBuilder.Sql("UPDATE Proposals SET AttachmentBytes = (SELECT COALESCE(SUM(a.SizeBytes), 0) FROM ProposalAttachments a WHERE a.ProposalId = Proposals.Id)");
            // Duplicate pending invitations made before the unique index: keep the newest of each.
            migrationBuilder.Sql("UPDATE OrganizationInvitations SET RevokedAtUtc = CreatedAtUtc WHERE AcceptedAtUtc IS NULL AND RevokedAtUtc IS NULL " +
                "AND Id NOT IN (SELECT MAX(i.Id) FROM OrganizationInvitations i WHERE i.AcceptedAtUtc IS NULL AND i.RevokedAtUtc IS NULL GROUP BY i.OrganizationId, i.Email)");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationInvitations_OrganizationId_Email",
                table: "OrganizationInvitations",
                columns: new[] { "OrganizationId", "Email" },
                unique: true,
                filter: "[AcceptedAtUtc] IS NULL AND [RevokedAtUtc] IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrganizationInvitations_OrganizationId_Email",
                table: "OrganizationInvitations");

            migrationBuilder.DropColumn(
                name: "AttachmentBytes",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationInvitations_OrganizationId_Email",
                table: "OrganizationInvitations",
                columns: new[] { "OrganizationId", "Email" });
        }
    }
}
