using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Exchange.Models;

namespace Portal.Exchange.Migrations;

/// <summary>An arrival remembers the incoming document it was registered as.</summary>
[DbContext(typeof(ExchangeDb))]
[Migration("20261230000001_ExchangeRegistration")]
public sealed class ExchangeRegistration : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<int>("IncomingDocumentId", "ExchangeArrivals", nullable: true);
        b.CreateIndex("IX_ExchangeArrivals_IncomingDocumentId", "ExchangeArrivals", "IncomingDocumentId");
    }
}
