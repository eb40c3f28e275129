using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeriodReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PeriodReportId",
                table: "Documents",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    CohortRegionId = table.Column<int>(type: "int", nullable: true),
                    PlanMeasureId = table.Column<int>(type: "int", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Direction = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Baseline = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    BaselineMonth = table.Column<int>(type: "int", nullable: false),
                    Target = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    TargetMonth = table.Column<int>(type: "int", nullable: false),
                    Frequency = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    IsRetired = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Indicators_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeriodReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CohortRegionId = table.Column<int>(type: "int", nullable: false),
                    EndMonth = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Narrative = table.Column<string>(type: "nvarchar(max)", maxLength: 6000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FirstSubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeriodReports_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ReportReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CohortRegionId = table.Column<int>(type: "int", nullable: false),
                    EndMonth = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportReminders_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PeriodReportId = table.Column<int>(type: "int", nullable: false),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Explanation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportValues_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ReportValues_PeriodReports_PeriodReportId",
                        column: x => x.PeriodReportId,
                        principalTable: "PeriodReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PeriodReportId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Snapshot = table.Column<string>(type: "nvarchar(max)", maxLength: 200000, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportVersions_PeriodReports_PeriodReportId",
                        column: x => x.PeriodReportId,
                        principalTable: "PeriodReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_PeriodReportId",
                table: "Documents",
                column: "PeriodReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_CohortRegionId",
                table: "Indicators",
                column: "CohortRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_PlanMeasureId",
                table: "Indicators",
                column: "PlanMeasureId",
                unique: true,
                filter: "[PlanMeasureId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ProgramEditionId_CohortRegionId",
                table: "Indicators",
                columns: new[] { "ProgramEditionId", "CohortRegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodReports_CohortRegionId_EndMonth",
                table: "PeriodReports",
                columns: new[] { "CohortRegionId", "EndMonth" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportReminders_CohortRegionId_EndMonth_Kind",
                table: "ReportReminders",
                columns: new[] { "CohortRegionId", "EndMonth", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportValues_IndicatorId",
                table: "ReportValues",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportValues_PeriodReportId_IndicatorId",
                table: "ReportValues",
                columns: new[] { "PeriodReportId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportVersions_PeriodReportId_Number",
                table: "ReportVersions",
                columns: new[] { "PeriodReportId", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_PeriodReports_PeriodReportId",
                table: "Documents",
                column: "PeriodReportId",
                principalTable: "PeriodReports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_PeriodReports_PeriodReportId",
                table: "Documents");

            migrationBuilder.DropTable(
                name: "ReportReminders");

            migrationBuilder.DropTable(
                name: "ReportValues");

            migrationBuilder.DropTable(
                name: "ReportVersions");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "PeriodReports");

            migrationBuilder.DropIndex(
                name: "IX_Documents_PeriodReportId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "PeriodReportId",
                table: "Documents");
        }
    }
}
