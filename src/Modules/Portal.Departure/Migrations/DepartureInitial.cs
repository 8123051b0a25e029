using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Departure.Models;

namespace Portal.Departure.Migrations;

[DbContext(typeof(DepartureDb))]
[Migration("20261204200000_DepartureInitial")]
public sealed class DepartureInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("Undertakings", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            UserName = t.Column<string>(maxLength: 100, nullable: false),
            FullName = t.Column<string>(maxLength: 200, nullable: false),
            Position = t.Column<string>(maxLength: 200, nullable: false),
            TextVersion = t.Column<string>(maxLength: 50, nullable: false),
            SignedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Undertakings", x => x.Id));
        b.CreateIndex("IX_Undertakings_UserId", "Undertakings", ["UserId"]);
    }
}
