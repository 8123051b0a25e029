using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Registers.Models;

namespace Portal.Registers.Migrations;

/// <summary>Where a copy-log line moved in from in a merge ("{source}:{number}"): unique, so importing it again finds it.</summary>
[DbContext(typeof(RegistersDb))]
[Migration("20270110000000_RegistersCopyOrigin")]
public sealed class RegistersCopyOrigin : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("Origin", "CopyLog", maxLength: 200, nullable: true);
        b.CreateIndex("IX_CopyLog_Origin", "CopyLog", ["Origin"], unique: true);
    }
}
