using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Exchange.Models;

namespace Portal.Exchange.Migrations;

/// <summary>Sent envelopes of a split agency held by a successor its code does not lead to.</summary>
[DbContext(typeof(ExchangeDb))]
[Migration("20261230000005_ExchangeHeldEnvelopes")]
public sealed class ExchangeHeldEnvelopes : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.CreateTable("ExchangeHeldEnvelopes", t => new
        {
            EnvelopeId = t.Column<Guid>(nullable: false),
            FormerCode = t.Column<string>(maxLength: 50, nullable: false),
            HeldBy = t.Column<string>(maxLength: 50, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ExchangeHeldEnvelopes", x => x.EnvelopeId));
}
