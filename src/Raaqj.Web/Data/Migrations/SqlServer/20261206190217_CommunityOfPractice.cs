using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CommunityOfPractice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CommunityResourceId",
                table: "Documents",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LearningSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Format = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TimeZoneId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Place = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    VirtualLink = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Facilitator = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningSessions_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    LearningQuestions = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningTopics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningTopics_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LearningSessionId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Organization = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CohortRegionId = table.Column<int>(type: "int", nullable: true),
                    Role = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    PersonKey = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionAttendances_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SessionAttendances_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SessionAttendances_LearningSessions_LearningSessionId",
                        column: x => x.LearningSessionId,
                        principalTable: "LearningSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LearningSessionId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    GivenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionFeedback_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SessionFeedback_LearningSessions_LearningSessionId",
                        column: x => x.LearningSessionId,
                        principalTable: "LearningSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LearningSessionId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CohortRegionId = table.Column<int>(type: "int", nullable: true),
                    Role = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionRegistrations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SessionRegistrations_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SessionRegistrations_LearningSessions_LearningSessionId",
                        column: x => x.LearningSessionId,
                        principalTable: "LearningSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityResources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    LearningTopicId = table.Column<int>(type: "int", nullable: true),
                    LearningSessionId = table.Column<int>(type: "int", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    AddedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityResources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunityResources_AspNetUsers_AddedByUserId",
                        column: x => x.AddedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CommunityResources_LearningSessions_LearningSessionId",
                        column: x => x.LearningSessionId,
                        principalTable: "LearningSessions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CommunityResources_LearningTopics_LearningTopicId",
                        column: x => x.LearningTopicId,
                        principalTable: "LearningTopics",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CommunityResources_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SessionTopics",
                columns: table => new
                {
                    LearningSessionId = table.Column<int>(type: "int", nullable: false),
                    LearningTopicId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionTopics", x => new { x.LearningSessionId, x.LearningTopicId });
                    table.ForeignKey(
                        name: "FK_SessionTopics_LearningSessions_LearningSessionId",
                        column: x => x.LearningSessionId,
                        principalTable: "LearningSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionTopics_LearningTopics_LearningTopicId",
                        column: x => x.LearningTopicId,
                        principalTable: "LearningTopics",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_CommunityResourceId",
                table: "Documents",
                column: "CommunityResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityResources_AddedByUserId",
                table: "CommunityResources",
                column: "AddedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityResources_LearningSessionId",
                table: "CommunityResources",
                column: "LearningSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityResources_LearningTopicId",
                table: "CommunityResources",
                column: "LearningTopicId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityResources_ProgramEditionId_LearningTopicId",
                table: "CommunityResources",
                columns: new[] { "ProgramEditionId", "LearningTopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningSessions_ProgramEditionId_StartsAtUtc",
                table: "LearningSessions",
                columns: new[] { "ProgramEditionId", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningTopics_ProgramEditionId_Name",
                table: "LearningTopics",
                columns: new[] { "ProgramEditionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendances_CohortRegionId",
                table: "SessionAttendances",
                column: "CohortRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendances_LearningSessionId_PersonKey",
                table: "SessionAttendances",
                columns: new[] { "LearningSessionId", "PersonKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendances_UserId",
                table: "SessionAttendances",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_LearningSessionId_UserId",
                table: "SessionFeedback",
                columns: new[] { "LearningSessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_UserId",
                table: "SessionFeedback",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionRegistrations_CohortRegionId",
                table: "SessionRegistrations",
                column: "CohortRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionRegistrations_LearningSessionId_UserId",
                table: "SessionRegistrations",
                columns: new[] { "LearningSessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionRegistrations_UserId",
                table: "SessionRegistrations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionTopics_LearningTopicId",
                table: "SessionTopics",
                column: "LearningTopicId");

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_CommunityResources_CommunityResourceId",
                table: "Documents",
                column: "CommunityResourceId",
                principalTable: "CommunityResources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_CommunityResources_CommunityResourceId",
                table: "Documents");

            migrationBuilder.DropTable(
                name: "CommunityResources");

            migrationBuilder.DropTable(
                name: "SessionAttendances");

            migrationBuilder.DropTable(
                name: "SessionFeedback");

            migrationBuilder.DropTable(
                name: "SessionRegistrations");

            migrationBuilder.DropTable(
                name: "SessionTopics");

            migrationBuilder.DropTable(
                name: "LearningSessions");

            migrationBuilder.DropTable(
                name: "LearningTopics");

            migrationBuilder.DropIndex(
                name: "IX_Documents_CommunityResourceId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "CommunityResourceId",
                table: "Documents");
        }
    }
}
