using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Raaqj.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EcosystemMap : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegionStakeholders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortRegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Ein = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Engagement = table.Column<int>(type: "INTEGER", nullable: false),
                    Influence = table.Column<int>(type: "INTEGER", nullable: true),
                    Interest = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProposalStakeholderId = table.Column<int>(type: "INTEGER", nullable: true),
                    MergedIntoId = table.Column<int>(type: "INTEGER", nullable: true),
                    MergedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionStakeholders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionStakeholders_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RegionStakeholders_RegionStakeholders_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "RegionStakeholders",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RegionStakeholders_Stakeholders_ProposalStakeholderId",
                        column: x => x.ProposalStakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "StakeholderImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortRegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 1048576, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Imported = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StakeholderImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StakeholderImports_AspNetUsers_UploadedByUserId",
                        column: x => x.UploadedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_StakeholderImports_CohortRegions_CohortRegionId",
                        column: x => x.CohortRegionId,
                        principalTable: "CohortRegions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EngagementChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionStakeholderId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementChanges_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EngagementChanges_RegionStakeholders_RegionStakeholderId",
                        column: x => x.RegionStakeholderId,
                        principalTable: "RegionStakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StakeholderContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionStakeholderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StakeholderContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StakeholderContacts_RegionStakeholders_RegionStakeholderId",
                        column: x => x.RegionStakeholderId,
                        principalTable: "RegionStakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StakeholderDistinctions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstId = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StakeholderDistinctions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StakeholderDistinctions_AspNetUsers_DecidedByUserId",
                        column: x => x.DecidedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_StakeholderDistinctions_RegionStakeholders_FirstId",
                        column: x => x.FirstId,
                        principalTable: "RegionStakeholders",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_StakeholderDistinctions_RegionStakeholders_SecondId",
                        column: x => x.SecondId,
                        principalTable: "RegionStakeholders",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementChanges_ByUserId",
                table: "EngagementChanges",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementChanges_RegionStakeholderId_AtUtc",
                table: "EngagementChanges",
                columns: new[] { "RegionStakeholderId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RegionStakeholders_CohortRegionId_NameKey",
                table: "RegionStakeholders",
                columns: new[] { "CohortRegionId", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_RegionStakeholders_CohortRegionId_ProposalStakeholderId",
                table: "RegionStakeholders",
                columns: new[] { "CohortRegionId", "ProposalStakeholderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegionStakeholders_Domain",
                table: "RegionStakeholders",
                column: "Domain");

            migrationBuilder.CreateIndex(
                name: "IX_RegionStakeholders_Ein",
                table: "RegionStakeholders",
                column: "Ein");

            migrationBuilder.CreateIndex(
                name: "IX_RegionStakeholders_MergedIntoId",
                table: "RegionStakeholders",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionStakeholders_ProposalStakeholderId",
                table: "RegionStakeholders",
                column: "ProposalStakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_StakeholderContacts_EmailKey",
                table: "StakeholderContacts",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_StakeholderContacts_RegionStakeholderId",
                table: "StakeholderContacts",
                column: "RegionStakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_StakeholderDistinctions_DecidedByUserId",
                table: "StakeholderDistinctions",
                column: "DecidedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_StakeholderDistinctions_FirstId_SecondId",
                table: "StakeholderDistinctions",
                columns: new[] { "FirstId", "SecondId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StakeholderDistinctions_SecondId",
                table: "StakeholderDistinctions",
                column: "SecondId");

            migrationBuilder.CreateIndex(
                name: "IX_StakeholderImports_CohortRegionId",
                table: "StakeholderImports",
                column: "CohortRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_StakeholderImports_UploadedByUserId",
                table: "StakeholderImports",
                column: "UploadedByUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementChanges");

            migrationBuilder.DropTable(
                name: "StakeholderContacts");

            migrationBuilder.DropTable(
                name: "StakeholderDistinctions");

            migrationBuilder.DropTable(
                name: "StakeholderImports");

            migrationBuilder.DropTable(
                name: "RegionStakeholders");
        }
    }
}
