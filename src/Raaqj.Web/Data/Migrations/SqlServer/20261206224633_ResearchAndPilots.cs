using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ResearchAndPilots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Pilots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CohortRegionId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Hypothesis = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Partners = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pilots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pilots_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ResearchActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CohortRegionId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Method = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WorkersEngaged = table.Column<int>(type: "int", nullable: false),
                    EmployersInvolved = table.Column<int>(type: "int", nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchActivities_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PdsaCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PilotId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Plan = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Do = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Study = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Act = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PdsaCycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PdsaCycles_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotDimensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PilotId = table.Column<int>(type: "int", nullable: false),
                    PlanDimensionId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotDimensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotDimensions_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PilotDimensions_PlanDimensions_PlanDimensionId",
                        column: x => x.PlanDimensionId,
                        principalTable: "PlanDimensions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ResearchFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ResearchActivityId = table.Column<int>(type: "int", nullable: false),
                    RegionFileId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchFiles_RegionFiles_RegionFileId",
                        column: x => x.RegionFileId,
                        principalTable: "RegionFiles",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ResearchFiles_ResearchActivities_ResearchActivityId",
                        column: x => x.ResearchActivityId,
                        principalTable: "ResearchActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchPopulations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ResearchActivityId = table.Column<int>(type: "int", nullable: false),
                    Population = table.Column<int>(type: "int", nullable: false),
                    Workers = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchPopulations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchPopulations_ResearchActivities_ResearchActivityId",
                        column: x => x.ResearchActivityId,
                        principalTable: "ResearchActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PdsaCycles_PilotId_Number",
                table: "PdsaCycles",
                columns: new[] { "PilotId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotDimensions_PilotId_PlanDimensionId",
                table: "PilotDimensions",
                columns: new[] { "PilotId", "PlanDimensionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotDimensions_PlanDimensionId",
                table: "PilotDimensions",
                column: "PlanDimensionId");

            migrationBuilder.CreateIndex(
                name: "IX_Pilots_CohortRegionId",
                table: "Pilots",
                column: "CohortRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchActivities_CohortRegionId_HeldOn",
                table: "ResearchActivities",
                columns: new[] { "CohortRegionId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchFiles_RegionFileId",
                table: "ResearchFiles",
                column: "RegionFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchFiles_ResearchActivityId_RegionFileId",
                table: "ResearchFiles",
                columns: new[] { "ResearchActivityId", "RegionFileId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResearchPopulations_ResearchActivityId_Population",
                table: "ResearchPopulations",
                columns: new[] { "ResearchActivityId", "Population" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PdsaCycles");

            migrationBuilder.DropTable(
                name: "PilotDimensions");

            migrationBuilder.DropTable(
                name: "ResearchFiles");

            migrationBuilder.DropTable(
                name: "ResearchPopulations");

            migrationBuilder.DropTable(
                name: "Pilots");

            migrationBuilder.DropTable(
                name: "ResearchActivities");
        }
    }
}
