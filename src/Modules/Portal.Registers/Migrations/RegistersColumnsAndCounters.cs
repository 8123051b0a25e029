using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Registers.Models;

namespace Portal.Registers.Migrations;

/// <summary>Each book's printed columns, and the per-book, per-year counters that numbers are taken from.</summary>
[DbContext(typeof(RegistersDb))]
[Migration("20261210000000_RegistersColumnsAndCounters")]
public sealed class RegistersColumnsAndCounters : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("Columns", "RegistrationBooks", maxLength: 500, nullable: false, defaultValue: "");
        b.CreateTable("RegisterCounters", t => new
        {
            BookId = t.Column<int>(nullable: false),
            Year = t.Column<int>(nullable: false),
            LastNumber = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_RegisterCounters", x => new { x.BookId, x.Year });
            t.ForeignKey("FK_RegisterCounters_RegistrationBooks_BookId", x => x.BookId, "RegistrationBooks", "Id");
        });
    }
}
