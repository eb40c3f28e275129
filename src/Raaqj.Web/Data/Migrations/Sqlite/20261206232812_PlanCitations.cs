using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanCitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResearchActivityId = table.Column<int>(type: "INTEGER", nullable: true),
                    PilotId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanCitations_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PlanCitations_PlanActions_PlanActionId",
                        column: x => x.PlanActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanCitations_ResearchActivities_ResearchActivityId",
                        column: x => x.ResearchActivityId,
                        principalTable: "ResearchActivities",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanCitations_PilotId",
                table: "PlanCitations",
                column: "PilotId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanCitations_PlanActionId_ResearchActivityId_PilotId",
                table: "PlanCitations",
                columns: new[] { "PlanActionId", "ResearchActivityId", "PilotId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanCitations_ResearchActivityId",
                table: "PlanCitations",
                column: "ResearchActivityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanCitations");
        }
    }
}
