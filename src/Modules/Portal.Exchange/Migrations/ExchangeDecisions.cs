using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Exchange.Models;

namespace Portal.Exchange.Migrations;

/// <summary>Decisions on a sent secret told to each recipient, and those received from the sending agencies.</summary>
[DbContext(typeof(ExchangeDb))]
[Migration("20261230000003_ExchangeDecisions")]
public sealed class ExchangeDecisions : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("ExchangeDecisionNotices", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            EnvelopeId = t.Column<Guid>(nullable: false),
            DocumentId = t.Column<int>(nullable: false),
            Action = t.Column<string>(maxLength: 40, nullable: false),
            Level = t.Column<int>(nullable: false),
            EndsOn = t.Column<DateOnly>(nullable: false),
            DecisionNumber = t.Column<string>(maxLength: 100, nullable: false),
            DecidedOn = t.Column<DateOnly>(nullable: false),
            Reason = t.Column<string>(maxLength: 1000, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            DeliveredUtc = t.Column<DateTime>(nullable: true),
            LastError = t.Column<string>(maxLength: 1000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ExchangeDecisionNotices", x => x.Id));
        b.CreateIndex("IX_ExchangeDecisionNotices_DocumentId", "ExchangeDecisionNotices", "DocumentId");
        b.CreateTable("ExchangeReceivedDecisions", t => new
        {
            SenderCode = t.Column<string>(maxLength: 50, nullable: false),
            NoticeId = t.Column<Guid>(nullable: false),
            EnvelopeId = t.Column<Guid>(nullable: false),
            Message = t.Column<string>(maxLength: 8000, nullable: false),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
            AppliedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ExchangeReceivedDecisions", x => new { x.SenderCode, x.NoticeId }));
        b.CreateIndex("IX_ExchangeReceivedDecisions_Envelope", "ExchangeReceivedDecisions", ["SenderCode", "EnvelopeId"]);
    }
}
