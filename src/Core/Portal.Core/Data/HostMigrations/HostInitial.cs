using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Core.Data.HostMigrations;

[DbContext(typeof(HostDbContext))]
[Migration("20261125000000_HostInitial")]
public sealed class HostInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Tenants",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 63, nullable: false),
                DisplayName = table.Column<string>(maxLength: 300, nullable: false),
                AgencyCode = table.Column<string>(maxLength: 13, nullable: false),
                ParentAgency = table.Column<string>(maxLength: 300, nullable: true),
                Level = table.Column<int>(nullable: false),
                State = table.Column<int>(nullable: false),
                Features = table.Column<string>(nullable: false),
                Recipe = table.Column<string>(nullable: false),
                SetupError = table.Column<string>(nullable: true),
                SchemaFingerprint = table.Column<string>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Tenants", t => t.Name));
        migrationBuilder.CreateIndex("IX_Tenants_AgencyCode", "Tenants", "AgencyCode");
    }
}
