using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Outreach : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TargetRegions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Why = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ContactName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ContactOrganization = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Stage = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetRegions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetRegions_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetRegionCounties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TargetRegionId = table.Column<int>(type: "int", nullable: false),
                    Fips = table.Column<string>(type: "nchar(5)", fixedLength: true, maxLength: 5, nullable: false),
                    StateCode = table.Column<string>(type: "nchar(2)", fixedLength: true, maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetRegionCounties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetRegionCounties_TargetRegions_TargetRegionId",
                        column: x => x.TargetRegionId,
                        principalTable: "TargetRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TargetRegionCounties_Fips",
                table: "TargetRegionCounties",
                column: "Fips");

            migrationBuilder.CreateIndex(
                name: "IX_TargetRegionCounties_TargetRegionId_Fips",
                table: "TargetRegionCounties",
                columns: new[] { "TargetRegionId", "Fips" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetRegions_ProgramEditionId_Name",
                table: "TargetRegions",
                columns: new[] { "ProgramEditionId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TargetRegionCounties");

            migrationBuilder.DropTable(
                name: "TargetRegions");
        }
    }
}
