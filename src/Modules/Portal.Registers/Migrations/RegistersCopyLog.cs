using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Registers.Models;

namespace Portal.Registers.Migrations;

/// <summary>The copy log shared by incoming and outgoing documents; Incoming hands its own copies over to it in its next migration.</summary>
[DbContext(typeof(RegistersDb))]
[Migration("20261231000000_RegistersCopyLog")]
public sealed class RegistersCopyLog : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("CopyLog", t => new
        {
            Id = t.Column<long>(nullable: false).Generated(),
            DocumentKind = t.Column<string>(maxLength: 50, nullable: false),
            DocumentId = t.Column<int>(nullable: false),
            Document = t.Column<string>(maxLength: 500, nullable: false),
            Level = t.Column<int>(nullable: false),
            Form = t.Column<string>(maxLength: 100, nullable: false),
            FileId = t.Column<Guid>(nullable: true),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            UserName = t.Column<string>(maxLength: 200, nullable: false),
            AtUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CopyLog", x => x.Id));
        b.CreateIndex("IX_CopyLog_DocumentKind_DocumentId", "CopyLog", ["DocumentKind", "DocumentId"]);
        b.CreateIndex("IX_CopyLog_AtUtc", "CopyLog", "AtUtc");
    }
}
