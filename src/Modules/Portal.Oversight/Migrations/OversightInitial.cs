using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Oversight.Models;

namespace Portal.Oversight.Migrations;

[DbContext(typeof(OversightDb))]
[Migration("20261231000000_OversightInitial")]
public sealed class OversightInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("OversightFigures", t => new
        {
            TenantName = t.Column<string>(maxLength: 63, nullable: false),
            ComputedUtc = t.Column<DateTime>(nullable: false),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
            Sheet = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_OversightFigures", x => x.TenantName));
    }
}
