using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProposalAttachments_Proposals_ProposalId",
                table: "ProposalAttachments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ProposalAttachments",
                table: "ProposalAttachments");

            migrationBuilder.RenameTable(
                name: "ProposalAttachments",
                newName: "Documents");

            migrationBuilder.RenameIndex(
                name: "IX_ProposalAttachments_StoredName",
                table: "Documents",
                newName: "IX_Documents_StoredName");

            migrationBuilder.RenameIndex(
                name: "IX_ProposalAttachments_ProposalId",
                table: "Documents",
                newName: "IX_Documents_ProposalId");

            migrationBuilder.AlterColumn<int>(
                name: "ProposalId",
                table: "Documents",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            // Every file recorded so far is a proposal's attachment.
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Documents",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "proposal");

            migrationBuilder.AddColumn<int>(
                name: "MilestoneId",
                table: "Documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_Documents",
                table: "Documents",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_MilestoneId",
                table: "Documents",
                column: "MilestoneId");

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_Milestones_MilestoneId",
                table: "Documents",
                column: "MilestoneId",
                principalTable: "Milestones",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_Proposals_ProposalId",
                table: "Documents",
                column: "ProposalId",
                principalTable: "Proposals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_Milestones_MilestoneId",
                table: "Documents");

            migrationBuilder.DropForeignKey(
                name: "FK_Documents_Proposals_ProposalId",
                table: "Documents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Documents",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_MilestoneId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "MilestoneId",
                table: "Documents");

            migrationBuilder.RenameTable(
                name: "Documents",
                newName: "ProposalAttachments");

            migrationBuilder.RenameIndex(
                name: "IX_Documents_StoredName",
                table: "ProposalAttachments",
                newName: "IX_ProposalAttachments_StoredName");

            migrationBuilder.RenameIndex(
                name: "IX_Documents_ProposalId",
                table: "ProposalAttachments",
                newName: "IX_ProposalAttachments_ProposalId");

            migrationBuilder.AlterColumn<int>(
                name: "ProposalId",
                table: "ProposalAttachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_ProposalAttachments",
                table: "ProposalAttachments",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_ProposalAttachments_Proposals_ProposalId",
                table: "ProposalAttachments",
                column: "ProposalId",
                principalTable: "Proposals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
