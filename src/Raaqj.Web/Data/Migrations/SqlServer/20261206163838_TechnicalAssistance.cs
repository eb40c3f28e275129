using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Raaqj.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TechnicalAssistance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TaMessageId",
                table: "Documents",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExpertAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpertAreas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExpertProfiles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Available = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpertProfiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_ExpertProfiles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ProgramHolidays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramHolidays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramHolidays_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaClockSettings",
                columns: table => new
                {
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    FirstAnswerDays = table.Column<int>(type: "int", nullable: false),
                    ResolveLowDays = table.Column<int>(type: "int", nullable: false),
                    ResolveNormalDays = table.Column<int>(type: "int", nullable: false),
                    ResolveHighDays = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaClockSettings", x => x.ProgramEditionId);
                    table.ForeignKey(
                        name: "FK_TaClockSettings_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    CohortRegionId = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Tried = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Urgency = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PreferredTimes = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ExpertUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RequestedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FirstAnswerDueUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResolutionDueUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FirstAnsweredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Rating = table.Column<int>(type: "int", nullable: true),
                    RatingComment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaRequests_AspNetUsers_ExpertUserId",
                        column: x => x.ExpertUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_TaRequests_AspNetUsers_RequestedByUserId",
                        column: x => x.RequestedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_TaRequests_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_TaRequests_ExpertAreas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "ExpertAreas",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_TaRequests_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ExpertAreaTags",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpertAreaTags", x => new { x.UserId, x.AreaId });
                    table.ForeignKey(
                        name: "FK_ExpertAreaTags_ExpertAreas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "ExpertAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExpertAreaTags_ExpertProfiles_UserId",
                        column: x => x.UserId,
                        principalTable: "ExpertProfiles",
                        principalColumn: "UserId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaClockWarnings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TaRequestId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaClockWarnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaClockWarnings_TaRequests_TaRequestId",
                        column: x => x.TaRequestId,
                        principalTable: "TaRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TaRequestId = table.Column<int>(type: "int", nullable: false),
                    AuthorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    FromExpertSide = table.Column<bool>(type: "bit", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Hours = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    PostedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaMessages_AspNetUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_TaMessages_TaRequests_TaRequestId",
                        column: x => x.TaRequestId,
                        principalTable: "TaRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "ExpertAreas",
                columns: new[] { "Id", "Name", "Position" },
                values: new object[,]
                {
                    { 1, "Workforce and economic development", 1 },
                    { 2, "Apprenticeship", 2 },
                    { 3, "Employer mobilization", 3 },
                    { 4, "Career-related education", 4 },
                    { 5, "Research and evaluation", 5 },
                    { 6, "Interventions for focus populations", 6 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_TaMessageId",
                table: "Documents",
                column: "TaMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_ExpertAreas_Name",
                table: "ExpertAreas",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExpertAreaTags_AreaId",
                table: "ExpertAreaTags",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramHolidays_ProgramEditionId_Date",
                table: "ProgramHolidays",
                columns: new[] { "ProgramEditionId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaClockWarnings_TaRequestId_Kind_DueUtc",
                table: "TaClockWarnings",
                columns: new[] { "TaRequestId", "Kind", "DueUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaMessages_AuthorUserId",
                table: "TaMessages",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_TaMessages_TaRequestId_PostedAtUtc",
                table: "TaMessages",
                columns: new[] { "TaRequestId", "PostedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TaRequests_AreaId",
                table: "TaRequests",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_TaRequests_CohortRegionId_RequestedAtUtc",
                table: "TaRequests",
                columns: new[] { "CohortRegionId", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TaRequests_ExpertUserId_Status",
                table: "TaRequests",
                columns: new[] { "ExpertUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TaRequests_ProgramEditionId_Status",
                table: "TaRequests",
                columns: new[] { "ProgramEditionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TaRequests_RequestedByUserId",
                table: "TaRequests",
                column: "RequestedByUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_TaMessages_TaMessageId",
                table: "Documents",
                column: "TaMessageId",
                principalTable: "TaMessages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_TaMessages_TaMessageId",
                table: "Documents");

            migrationBuilder.DropTable(
                name: "ExpertAreaTags");

            migrationBuilder.DropTable(
                name: "ProgramHolidays");

            migrationBuilder.DropTable(
                name: "TaClockSettings");

            migrationBuilder.DropTable(
                name: "TaClockWarnings");

            migrationBuilder.DropTable(
                name: "TaMessages");

            migrationBuilder.DropTable(
                name: "ExpertProfiles");

            migrationBuilder.DropTable(
                name: "TaRequests");

            migrationBuilder.DropTable(
                name: "ExpertAreas");

            migrationBuilder.DropIndex(
                name: "IX_Documents_TaMessageId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "TaMessageId",
                table: "Documents");
        }
    }
}
