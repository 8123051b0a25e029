using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Calendar.Models;
using Portal.Core.Data;

namespace Portal.Calendar.Migrations;

[DbContext(typeof(CalendarDb))]
[Migration("20261203230000_CalendarInitial")]
public sealed class CalendarInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("CalendarDaysOff", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            Date = t.Column<DateOnly>(nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            AddedBy = t.Column<string>(maxLength: 200, nullable: false),
            AddedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CalendarDaysOff", x => x.Id));
        b.CreateIndex("IX_CalendarDaysOff_Date", "CalendarDaysOff", "Date", unique: true);
    }
}
