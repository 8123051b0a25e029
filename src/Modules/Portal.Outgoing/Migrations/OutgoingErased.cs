using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Migrations;

/// <summary>When a document was destroyed by a decision in the register of state secrets.</summary>
[DbContext(typeof(OutgoingDb))]
[Migration("20270101000000_OutgoingErased")]
public sealed class OutgoingErased : Migration
{
    protected override void Up(MigrationBuilder b) => b.AddColumn<DateTime>("ErasedUtc", "OutgoingDocuments", nullable: true);
}
