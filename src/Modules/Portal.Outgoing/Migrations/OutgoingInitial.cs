using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Migrations;

[DbContext(typeof(OutgoingDb))]
[Migration("20261221000000_OutgoingInitial")]
public sealed class OutgoingInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("OutgoingDocuments", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            TypeCode = t.Column<string>(maxLength: 50, nullable: false),
            Subject = t.Column<string>(maxLength: 1000, nullable: false),
            Level = t.Column<int>(nullable: false),
            Urgency = t.Column<string>(maxLength: 50, nullable: false),
            Recipients = t.Column<string>(maxLength: 4000, nullable: false),
            CopyCount = t.Column<int>(nullable: false),
            CopyingAllowed = t.Column<bool>(nullable: false),
            Status = t.Column<int>(nullable: false),
            Version = t.Column<int>(nullable: false),
            DrafterId = t.Column<string>(maxLength: 100, nullable: false),
            ReviewerId = t.Column<string>(maxLength: 100, nullable: false),
            SignerId = t.Column<string>(maxLength: 100, nullable: false),
            SignerName = t.Column<string>(maxLength: 200, nullable: false),
            SignerTitle = t.Column<string>(maxLength: 200, nullable: false),
            Authority = t.Column<string>(maxLength: 200, nullable: false),
            Place = t.Column<string>(maxLength: 100, nullable: false),
            BookCode = t.Column<string>(maxLength: 50, nullable: false),
            Year = t.Column<int>(nullable: false),
            Number = t.Column<int>(nullable: false),
            NumberSymbol = t.Column<string>(maxLength: 100, nullable: false),
            IssuedOn = t.Column<DateOnly>(nullable: true),
            SignedFileId = t.Column<Guid>(nullable: true),
            IssuedFileId = t.Column<Guid>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_OutgoingDocuments", x => x.Id));
        b.CreateTable("OutgoingVersions", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            DocumentId = t.Column<int>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Subject = t.Column<string>(maxLength: 1000, nullable: false),
            Body = t.Column<string>(maxLength: 100_000, nullable: false),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            AtUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_OutgoingVersions", x => x.Id);
            t.ForeignKey("FK_OutgoingVersions_Documents", x => x.DocumentId, "OutgoingDocuments", "Id");
        });
        b.CreateIndex("IX_OutgoingVersions_Document", "OutgoingVersions", ["DocumentId", "Number"], unique: true);
        b.CreateTable("OutgoingEvents", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            DocumentId = t.Column<int>(nullable: false),
            AtUtc = t.Column<DateTime>(nullable: false),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            UserName = t.Column<string>(maxLength: 200, nullable: false),
            Action = t.Column<string>(maxLength: 100, nullable: false),
            From = t.Column<int>(nullable: false),
            To = t.Column<int>(nullable: false),
            Note = t.Column<string>(maxLength: 2000, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_OutgoingEvents", x => x.Id);
            t.ForeignKey("FK_OutgoingEvents_Documents", x => x.DocumentId, "OutgoingDocuments", "Id");
        });
        b.CreateIndex("IX_OutgoingEvents_Document", "OutgoingEvents", "DocumentId");
        b.CreateTable("OutgoingSigningKeys", t => new
        {
            Owner = t.Column<string>(maxLength: 100, nullable: false),
            Pkcs12 = t.Column<byte[]>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_OutgoingSigningKeys", x => x.Owner));
    }
}
