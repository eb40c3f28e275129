using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RegionWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "Documents",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RegionFileId",
                table: "Documents",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LiaisonUserId",
                table: "CohortRegions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramEditionId = table.Column<int>(type: "int", nullable: false),
                    CohortRegionId = table.Column<int>(type: "int", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    PostedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    PostedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FormKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Announcements_AspNetUsers_PostedByUserId",
                        column: x => x.PostedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Announcements_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Announcements_ProgramEditions_ProgramEditionId",
                        column: x => x.ProgramEditionId,
                        principalTable: "ProgramEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegionFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CohortRegionId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionFiles_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "RegionInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CohortRegionId = table.Column<int>(type: "int", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    InvitedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionInvitations_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegionPartners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CohortRegionId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    JoinedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionPartners_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RegionPartners_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_RegionFileId_Number",
                table: "Documents",
                columns: new[] { "RegionFileId", "Number" },
                unique: true,
                filter: "[RegionFileId] IS NOT NULL AND [Number] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CohortRegions_LiaisonUserId",
                table: "CohortRegions",
                column: "LiaisonUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_CohortRegionId",
                table: "Announcements",
                column: "CohortRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_FormKey",
                table: "Announcements",
                column: "FormKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_PostedByUserId",
                table: "Announcements",
                column: "PostedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_ProgramEditionId_CohortRegionId_PostedAtUtc",
                table: "Announcements",
                columns: new[] { "ProgramEditionId", "CohortRegionId", "PostedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RegionFiles_CohortRegionId",
                table: "RegionFiles",
                column: "CohortRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionInvitations_CohortRegionId_Email",
                table: "RegionInvitations",
                columns: new[] { "CohortRegionId", "Email" },
                unique: true,
                filter: "[AcceptedAtUtc] IS NULL AND [RevokedAtUtc] IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RegionInvitations_TokenHash",
                table: "RegionInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegionPartners_CohortRegionId_UserId",
                table: "RegionPartners",
                columns: new[] { "CohortRegionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegionPartners_UserId",
                table: "RegionPartners",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_CohortRegions_AspNetUsers_LiaisonUserId",
                table: "CohortRegions",
                column: "LiaisonUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_RegionFiles_RegionFileId",
                table: "Documents",
                column: "RegionFileId",
                principalTable: "RegionFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CohortRegions_AspNetUsers_LiaisonUserId",
                table: "CohortRegions");

            migrationBuilder.DropForeignKey(
                name: "FK_Documents_RegionFiles_RegionFileId",
                table: "Documents");

            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropTable(
                name: "RegionFiles");

            migrationBuilder.DropTable(
                name: "RegionInvitations");

            migrationBuilder.DropTable(
                name: "RegionPartners");

            migrationBuilder.DropIndex(
                name: "IX_Documents_RegionFileId_Number",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_CohortRegions_LiaisonUserId",
                table: "CohortRegions");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "RegionFileId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "LiaisonUserId",
                table: "CohortRegions");
        }
    }
}
