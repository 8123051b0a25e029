using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Incoming.Models;

namespace Portal.Incoming.Migrations;

/// <summary>When a document was destroyed by a decision in the register of state secrets.</summary>
[DbContext(typeof(IncomingDb))]
[Migration("20270101000000_IncomingErased")]
public sealed class IncomingErased : Migration
{
    protected override void Up(MigrationBuilder b) => b.AddColumn<DateTime>("ErasedUtc", "IncomingDocuments", nullable: true);
}
