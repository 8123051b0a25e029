using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Migrations;

/// <summary>Where a document moved in from in a merge ("{source}:{id}"): unique, so importing it again finds it.</summary>
[DbContext(typeof(OutgoingDb))]
[Migration("20270106000000_OutgoingOrigin")]
public sealed class OutgoingOrigin : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("Origin", "OutgoingDocuments", maxLength: 200, nullable: true);
        b.CreateIndex("IX_OutgoingDocuments_Origin", "OutgoingDocuments", ["Origin"], unique: true);
    }
}
