using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Incoming.Models;

namespace Portal.Incoming.Migrations;

[DbContext(typeof(IncomingDb))]
[Migration("20261210010000_IncomingAttachments")]
public sealed class IncomingAttachments : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("IncomingAttachments", t => new
        {
            Id = t.Column<long>(nullable: false).Generated(),
            DocumentId = t.Column<int>(nullable: false),
            FileId = t.Column<Guid>(nullable: false),
            FileName = t.Column<string>(maxLength: 260, nullable: false),
            Kind = t.Column<int>(nullable: false),
            Length = t.Column<long>(nullable: false),
            AddedUtc = t.Column<DateTime>(nullable: false),
            AddedBy = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IncomingAttachments", x => x.Id));
        b.CreateIndex("IX_IncomingAttachments_FileId", "IncomingAttachments", "FileId", unique: true);
        b.CreateIndex("IX_IncomingAttachments_DocumentId", "IncomingAttachments", "DocumentId");

        b.CreateTable("IncomingCopies", t => new
        {
            Id = t.Column<long>(nullable: false).Generated(),
            DocumentId = t.Column<int>(nullable: false),
            FileId = t.Column<Guid>(nullable: false),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            UserName = t.Column<string>(maxLength: 200, nullable: false),
            AtUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IncomingCopies", x => x.Id));
        b.CreateIndex("IX_IncomingCopies_DocumentId", "IncomingCopies", "DocumentId");
    }
}
