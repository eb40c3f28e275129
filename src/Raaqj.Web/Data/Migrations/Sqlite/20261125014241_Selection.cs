using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    /// <remarks>Existing rounds get the default priority weights (70/10/10/10).</remarks>
    public partial class Selection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Total",
                table: "Reviews",
                type: "REAL",
                nullable: true);

            // Reviews submitted before this migration get the total they would have been given on submission
            // (weighted position on each criterion's scale, on 0-100), so the ranking counts them.
            migrationBuilder.Sql(
                "UPDATE Reviews SET Total = (SELECT ROUND(SUM(c.Weight * ((s.Score - c.ScaleMin) * 1.0 / (c.ScaleMax - c.ScaleMin))) * 100.0 / SUM(c.Weight), 2) "
                + "FROM ReviewScores s JOIN SelectionCriteria c ON c.Id = s.CriterionId WHERE s.ReviewId = Reviews.Id) WHERE Status = 'Submitted'");

            migrationBuilder.AddColumn<decimal>(
                name: "CohortBudget",
                table: "RequestsForAction",
                type: "TEXT",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LocalMatchWeight",
                table: "RequestsForAction",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<bool>(
                name: "OneRegionPerState",
                table: "RequestsForAction",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PartnershipWeight",
                table: "RequestsForAction",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "PopulationWeight",
                table: "RequestsForAction",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "ReviewScoreWeight",
                table: "RequestsForAction",
                type: "INTEGER",
                nullable: false,
                defaultValue: 70);

            migrationBuilder.CreateTable(
                name: "CohortRegions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestForActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JoinedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortRegions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CohortRegions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CohortRegions_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CohortRegions_RequestsForAction_RequestForActionId",
                        column: x => x.RequestForActionId,
                        principalTable: "RequestsForAction",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SelectionDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestForActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsShortlisted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReleasedOutcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReleasedFeedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReleasedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelectionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelectionDecisions_AspNetUsers_DecidedByUserId",
                        column: x => x.DecidedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SelectionDecisions_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SelectionDecisions_RequestsForAction_RequestForActionId",
                        column: x => x.RequestForActionId,
                        principalTable: "RequestsForAction",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_CohortRegions_OrganizationId",
                table: "CohortRegions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortRegions_ProposalId",
                table: "CohortRegions",
                column: "ProposalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CohortRegions_RequestForActionId",
                table: "CohortRegions",
                column: "RequestForActionId");

            migrationBuilder.CreateIndex(
                name: "IX_SelectionDecisions_DecidedByUserId",
                table: "SelectionDecisions",
                column: "DecidedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SelectionDecisions_ProposalId",
                table: "SelectionDecisions",
                column: "ProposalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelectionDecisions_RequestForActionId",
                table: "SelectionDecisions",
                column: "RequestForActionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CohortRegions");

            migrationBuilder.DropTable(
                name: "SelectionDecisions");

            migrationBuilder.DropColumn(
                name: "Total",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "CohortBudget",
                table: "RequestsForAction");

            migrationBuilder.DropColumn(
                name: "LocalMatchWeight",
                table: "RequestsForAction");

            migrationBuilder.DropColumn(
                name: "OneRegionPerState",
                table: "RequestsForAction");

            migrationBuilder.DropColumn(
                name: "PartnershipWeight",
                table: "RequestsForAction");

            migrationBuilder.DropColumn(
                name: "PopulationWeight",
                table: "RequestsForAction");

            migrationBuilder.DropColumn(
                name: "ReviewScoreWeight",
                table: "RequestsForAction");
        }
    }
}
