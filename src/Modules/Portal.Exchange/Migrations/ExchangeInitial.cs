using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Exchange.Models;

namespace Portal.Exchange.Migrations;

[DbContext(typeof(ExchangeDb))]
[Migration("20261230000000_ExchangeInitial")]
public sealed class ExchangeInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("ExchangeKeys", t => new
        {
            Purpose = t.Column<string>(maxLength: 20, nullable: false),
            PrivateKey = t.Column<byte[]>(nullable: false),
            PublicKey = t.Column<byte[]>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ExchangeKeys", x => x.Purpose));
        b.CreateTable("ExchangeDirectory", t => new
        {
            AgencyCode = t.Column<string>(maxLength: 50, nullable: false),
            TenantName = t.Column<string>(maxLength: 63, nullable: false),
            DisplayName = t.Column<string>(maxLength: 300, nullable: false),
            ParentCode = t.Column<string>(maxLength: 50, nullable: true),
            Level = t.Column<int>(nullable: false),
            NodeUrl = t.Column<string>(maxLength: 300, nullable: true),
            EncryptionKey = t.Column<byte[]>(nullable: false),
            SignatureKey = t.Column<byte[]>(nullable: false),
            PublishedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ExchangeDirectory", x => x.AgencyCode));
        b.CreateTable("ExchangeSendings", t => new
        {
            EnvelopeId = t.Column<Guid>(nullable: false),
            DocumentId = t.Column<int>(nullable: false),
            RecipientCode = t.Column<string>(maxLength: 50, nullable: false),
            RecipientName = t.Column<string>(maxLength: 300, nullable: false),
            Envelope = t.Column<string>(maxLength: 16_000, nullable: false),
            ContentId = t.Column<Guid>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            DeliveredUtc = t.Column<DateTime>(nullable: true),
            LastError = t.Column<string>(maxLength: 1000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ExchangeSendings", x => x.EnvelopeId));
        b.CreateIndex("IX_ExchangeSendings_Document", "ExchangeSendings", "DocumentId");
        b.CreateTable("ExchangeStatuses", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            EnvelopeId = t.Column<Guid>(nullable: false),
            Code = t.Column<string>(maxLength: 2, nullable: false),
            AtUtc = t.Column<DateTime>(nullable: false),
            Note = t.Column<string>(maxLength: 2000, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ExchangeStatuses", x => x.Id));
        b.CreateIndex("IX_ExchangeStatuses_Envelope_Code", "ExchangeStatuses", ["EnvelopeId", "Code"], unique: true);
        b.CreateTable("ExchangeArrivals", t => new
        {
            SenderCode = t.Column<string>(maxLength: 50, nullable: false),
            EnvelopeId = t.Column<Guid>(nullable: false),
            SenderName = t.Column<string>(maxLength: 300, nullable: false),
            Envelope = t.Column<string>(maxLength: 16_000, nullable: false),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
            State = t.Column<int>(nullable: false),
            Note = t.Column<string>(maxLength: 2000, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ExchangeArrivals", x => new { x.SenderCode, x.EnvelopeId }));
    }
}
