using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProgramTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ProtectedToken = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramEditions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RequestForActionId = table.Column<int>(type: "int", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TimeZoneId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Months = table.Column<int>(type: "int", nullable: false),
                    ReminderDaysBefore = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramEditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramEditions_RequestsForAction_RequestForActionId",
                        column: x => x.RequestForActionId,
                        principalTable: "RequestsForAction",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Baselines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SavedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Baselines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Baselines_AspNetUsers_SavedByUserId",
                        column: x => x.SavedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Baselines_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramPhases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FirstMonth = table.Column<int>(type: "int", nullable: false),
                    LastMonth = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramPhases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramPhases_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MilestoneTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    PhaseId = table.Column<int>(type: "int", nullable: true),
                    DueByEndOfMonth = table.Column<int>(type: "int", nullable: false),
                    CompletesOn = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MilestoneTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MilestoneTemplates_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MilestoneTemplates_ProgramPhases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "ProgramPhases",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Milestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    CohortRegionId = table.Column<int>(type: "int", nullable: true),
                    TemplateId = table.Column<int>(type: "int", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    PhaseId = table.Column<int>(type: "int", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueByEndOfMonth = table.Column<int>(type: "int", nullable: true),
                    OwnerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvidenceNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    EvidenceLink = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CompletesOn = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestones_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Milestones_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Milestones_MilestoneTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "MilestoneTemplates",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Milestones_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Milestones_ProgramPhases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "ProgramPhases",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "BaselineEntries",
                columns: table => new
                {
                    BaselineId = table.Column<int>(type: "int", nullable: false),
                    MilestoneId = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaselineEntries", x => new { x.BaselineId, x.MilestoneId });
                    table.ForeignKey(
                        name: "FK_BaselineEntries_Baselines_BaselineId",
                        column: x => x.BaselineId,
                        principalTable: "Baselines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BaselineEntries_Milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "Milestones",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MilestoneDependencies",
                columns: table => new
                {
                    MilestoneId = table.Column<int>(type: "int", nullable: false),
                    PredecessorId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MilestoneDependencies", x => new { x.MilestoneId, x.PredecessorId });
                    table.ForeignKey(
                        name: "FK_MilestoneDependencies_Milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "Milestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MilestoneDependencies_Milestones_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Milestones",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MilestoneReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MilestoneId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OwnerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MilestoneReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MilestoneReminders_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MilestoneReminders_Milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "Milestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BaselineEntries_MilestoneId",
                table: "BaselineEntries",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_Baselines_ProgramEditionId",
                table: "Baselines",
                column: "ProgramEditionId");

            migrationBuilder.CreateIndex(
                name: "IX_Baselines_SavedByUserId",
                table: "Baselines",
                column: "SavedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarTokens_TokenHash",
                table: "CalendarTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarTokens_UserId",
                table: "CalendarTokens",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneDependencies_PredecessorId",
                table: "MilestoneDependencies",
                column: "PredecessorId");

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneReminders_MilestoneId_Kind_DueOn",
                table: "MilestoneReminders",
                columns: new[] { "MilestoneId", "Kind", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneReminders_OwnerUserId",
                table: "MilestoneReminders",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneReminders_SentAtUtc",
                table: "MilestoneReminders",
                column: "SentAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_CohortRegionId_TemplateId",
                table: "Milestones",
                columns: new[] { "CohortRegionId", "TemplateId" },
                unique: true,
                filter: "[CohortRegionId] IS NOT NULL AND [TemplateId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_CompletesOn",
                table: "Milestones",
                column: "CompletesOn");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_OwnerUserId",
                table: "Milestones",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_PhaseId",
                table: "Milestones",
                column: "PhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_ProgramEditionId_CohortRegionId",
                table: "Milestones",
                columns: new[] { "ProgramEditionId", "CohortRegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_TemplateId",
                table: "Milestones",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneTemplates_PhaseId",
                table: "MilestoneTemplates",
                column: "PhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneTemplates_ProgramEditionId",
                table: "MilestoneTemplates",
                column: "ProgramEditionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramEditions_RequestForActionId",
                table: "ProgramEditions",
                column: "RequestForActionId",
                unique: true,
                filter: "[RequestForActionId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramPhases_ProgramEditionId_Position",
                table: "ProgramPhases",
                columns: new[] { "ProgramEditionId", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BaselineEntries");

            migrationBuilder.DropTable(
                name: "CalendarTokens");

            migrationBuilder.DropTable(
                name: "MilestoneDependencies");

            migrationBuilder.DropTable(
                name: "MilestoneReminders");

            migrationBuilder.DropTable(
                name: "Baselines");

            migrationBuilder.DropTable(
                name: "Milestones");

            migrationBuilder.DropTable(
                name: "MilestoneTemplates");

            migrationBuilder.DropTable(
                name: "ProgramPhases");

            migrationBuilder.DropTable(
                name: "ProgramEditions");
        }
    }
}
