using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Fundraising : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MatchEntryId",
                table: "Documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Funders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramEditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsNationalPartner = table.Column<bool>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    AskAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NextStepOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Funders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Funders_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortRegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Contributor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MatchCommitmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    VerifiedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    VerifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerificationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FormKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchEntries_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MatchEntries_MatchCommitments_MatchCommitmentId",
                        column: x => x.MatchCommitmentId,
                        principalTable: "MatchCommitments",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Pledges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FunderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsRestricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Restriction = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormKey = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pledges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pledges_Funders_FunderId",
                        column: x => x.FunderId,
                        principalTable: "Funders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FunderId = table.Column<int>(type: "INTEGER", nullable: false),
                    PledgeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsRestricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FormKey = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_Funders_FunderId",
                        column: x => x.FunderId,
                        principalTable: "Funders",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Payments_Pledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledges",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PledgeInstallments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PledgeId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeInstallments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgeInstallments_Pledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_MatchEntryId",
                table: "Documents",
                column: "MatchEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Funders_ProgramEditionId_Name",
                table: "Funders",
                columns: new[] { "ProgramEditionId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Funders_ProgramEditionId_Stage",
                table: "Funders",
                columns: new[] { "ProgramEditionId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchEntries_CohortRegionId_MatchCommitmentId",
                table: "MatchEntries",
                columns: new[] { "CohortRegionId", "MatchCommitmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchEntries_FormKey",
                table: "MatchEntries",
                column: "FormKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchEntries_MatchCommitmentId",
                table: "MatchEntries",
                column: "MatchCommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_FormKey",
                table: "Payments",
                column: "FormKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_FunderId_ReceivedOn",
                table: "Payments",
                columns: new[] { "FunderId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_PledgeId",
                table: "Payments",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgeInstallments_PledgeId_DueOn",
                table: "PledgeInstallments",
                columns: new[] { "PledgeId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_FormKey",
                table: "Pledges",
                column: "FormKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_FunderId",
                table: "Pledges",
                column: "FunderId");

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_MatchEntries_MatchEntryId",
                table: "Documents",
                column: "MatchEntryId",
                principalTable: "MatchEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_MatchEntries_MatchEntryId",
                table: "Documents");

            migrationBuilder.DropTable(
                name: "MatchEntries");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "PledgeInstallments");

            migrationBuilder.DropTable(
                name: "Pledges");

            migrationBuilder.DropTable(
                name: "Funders");

            migrationBuilder.DropIndex(
                name: "IX_Documents_MatchEntryId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "MatchEntryId",
                table: "Documents");
        }
    }
}
