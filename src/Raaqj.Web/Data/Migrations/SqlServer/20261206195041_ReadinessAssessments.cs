using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Raaqj.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReadinessAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentInstruments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    IsCurrent = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentInstruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentElements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentInstrumentId = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentElements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentElements_AssessmentInstruments_AssessmentInstrumentId",
                        column: x => x.AssessmentInstrumentId,
                        principalTable: "AssessmentInstruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegionAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CohortRegionId = table.Column<int>(type: "int", nullable: false),
                    AssessmentInstrumentId = table.Column<int>(type: "int", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StartedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReviewedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReviewNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionAssessments_AspNetUsers_StartedByUserId",
                        column: x => x.StartedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RegionAssessments_AssessmentInstruments_AssessmentInstrumentId",
                        column: x => x.AssessmentInstrumentId,
                        principalTable: "AssessmentInstruments",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RegionAssessments_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AssessmentItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentElementId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Level1 = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Level2 = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Level3 = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Level4 = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ExpertAreaId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentItems_AssessmentElements_AssessmentElementId",
                        column: x => x.AssessmentElementId,
                        principalTable: "AssessmentElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentItems_ExpertAreas_ExpertAreaId",
                        column: x => x.ExpertAreaId,
                        principalTable: "ExpertAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RegionAssessmentId = table.Column<int>(type: "int", nullable: false),
                    AssessmentItemId = table.Column<int>(type: "int", nullable: false),
                    Score = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    AnsweredByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentAnswers_AssessmentItems_AssessmentItemId",
                        column: x => x.AssessmentItemId,
                        principalTable: "AssessmentItems",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AssessmentAnswers_RegionAssessments_RegionAssessmentId",
                        column: x => x.RegionAssessmentId,
                        principalTable: "RegionAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AssessmentInstruments",
                columns: new[] { "Id", "CreatedAtUtc", "IsCurrent", "Kind", "Name", "Version" },
                values: new object[,]
                {
                    { 1, new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Utc), true, "OrganizationalReadiness", "Organizational readiness", 1 },
                    { 2, new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Utc), true, "CommunityReadiness", "Community readiness", 1 }
                });

            migrationBuilder.InsertData(
                table: "AssessmentElements",
                columns: new[] { "Id", "AssessmentInstrumentId", "Key", "Name", "Position" },
                values: new object[,]
                {
                    { 101, 1, "leadership", "Leadership and governance", 1 },
                    { 102, 1, "partnerships", "Partnerships and convening", 2 },
                    { 103, 1, "data", "Data and evaluation", 3 },
                    { 104, 1, "pathways", "Programs and pathways", 4 },
                    { 105, 1, "resources", "Resources and sustainability", 5 },
                    { 201, 2, "understanding", "Shared understanding of job quality", 1 },
                    { 202, 2, "employers", "Employer readiness", 2 },
                    { 203, 2, "voice", "Worker voice", 3 },
                    { 204, 2, "policy", "Public policy and systems", 4 }
                });

            migrationBuilder.InsertData(
                table: "AssessmentItems",
                columns: new[] { "Id", "AssessmentElementId", "ExpertAreaId", "Level1", "Level2", "Level3", "Level4", "Position", "Text" },
                values: new object[,]
                {
                    { 1011, 101, 1, "Not discussed by leaders", "Mentioned, without goals", "A stated goal with some targets", "A public goal with targets, owned by the board", 1, "Leaders have made job quality an explicit goal of the coalition" },
                    { 1012, 101, 1, "No agreed structure", "Informal, depends on a few people", "A written charter, mostly followed", "A working charter with roles, reviewed each year", 2, "The coalition has a clear way of making decisions" },
                    { 1021, 102, 3, "No employer involved", "A few attend occasionally", "Several employers attend and act", "Employers co-lead and commit resources", 1, "Employers take an active part in the coalition" },
                    { 1022, 102, 6, "Not involved", "Consulted now and then", "Regular members of the coalition", "Share decisions and leadership", 2, "Worker organizations and community groups take part" },
                    { 1031, 103, 5, "No data", "Wage data only", "Several dimensions, collected irregularly", "Regular data on every dimension, by population", 1, "The region collects data on job quality" },
                    { 1032, 103, 5, "Decisions without data", "Data looked at afterwards", "Data inform most decisions", "A routine of review and adjustment", 2, "The team uses data to decide what to do" },
                    { 1041, 104, 4, "No link to job quality", "Some programs track wages", "Most programs target quality jobs", "Every program is held to job quality outcomes", 1, "Training leads to quality jobs, not just any job" },
                    { 1042, 104, 2, "None", "One or two, small", "Several, in key sectors", "Registered apprenticeships at scale across sectors", 2, "Earn-and-learn routes (apprenticeships) are available" },
                    { 1051, 105, 1, "None identified", "Prospects only", "Some committed local match", "Diverse, multi-year funding secured", 1, "The work has funding beyond the program's own" },
                    { 1052, 105, 1, "No dedicated staff", "Part of one person's time", "A dedicated lead", "A dedicated team with clear roles", 2, "The anchor has the staff to lead the work" },
                    { 2011, 201, 5, "No shared definition", "Different ideas, not discussed", "A draft definition partners accept", "An agreed definition used in decisions", 1, "Partners share a definition of a quality job" },
                    { 2012, 201, 1, "Not at all", "Occasionally, in the press", "Regularly, in public meetings", "A shared regional priority", 2, "The public conversation in the region talks about job quality" },
                    { 2021, 202, 3, "Not yet", "A few champions", "Many are interested", "Employers act and recruit their peers", 1, "Employers see a business case for job quality" },
                    { 2022, 202, 6, "Degree screens everywhere", "Some skills-based hiring", "Common in key sectors", "The norm, measured and reported", 2, "Employers practise equitable hiring" },
                    { 2031, 203, 6, "Not involved", "Surveyed once", "Regular listening sessions", "Workers hold seats in decisions", 1, "Workers shape the regional agenda" },
                    { 2032, 203, 6, "Not reached", "Reached through one partner", "Reached through several trusted partners", "Lead parts of the work themselves", 2, "Priority populations are reached and heard" },
                    { 2041, 204, 1, "No alignment", "Interest from one agency", "Several agencies align some funding", "Public funding tied to job quality standards", 1, "Public agencies align their programs with job quality" },
                    { 2042, 204, 4, "Little contact", "Ad hoc contact", "Advisory boards in key programs", "Programs co-designed with employers and workers", 2, "Education and training providers adapt to employers and workers" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentAnswers_AssessmentItemId",
                table: "AssessmentAnswers",
                column: "AssessmentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentAnswers_RegionAssessmentId_AssessmentItemId",
                table: "AssessmentAnswers",
                columns: new[] { "RegionAssessmentId", "AssessmentItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentElements_AssessmentInstrumentId_Key",
                table: "AssessmentElements",
                columns: new[] { "AssessmentInstrumentId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentInstruments_Kind_Version",
                table: "AssessmentInstruments",
                columns: new[] { "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentItems_AssessmentElementId",
                table: "AssessmentItems",
                column: "AssessmentElementId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentItems_ExpertAreaId",
                table: "AssessmentItems",
                column: "ExpertAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionAssessments_AssessmentInstrumentId",
                table: "RegionAssessments",
                column: "AssessmentInstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionAssessments_CohortRegionId_StartedAtUtc",
                table: "RegionAssessments",
                columns: new[] { "CohortRegionId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RegionAssessments_StartedByUserId",
                table: "RegionAssessments",
                column: "StartedByUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentAnswers");

            migrationBuilder.DropTable(
                name: "AssessmentItems");

            migrationBuilder.DropTable(
                name: "RegionAssessments");

            migrationBuilder.DropTable(
                name: "AssessmentElements");

            migrationBuilder.DropTable(
                name: "AssessmentInstruments");
        }
    }
}
