using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Incoming.Models;

namespace Portal.Incoming.Migrations;

/// <summary>Where a document moved in from in a merge ("{source}:{id}"): unique, so importing it again finds it.</summary>
[DbContext(typeof(IncomingDb))]
[Migration("20270105000000_IncomingOrigin")]
public sealed class IncomingOrigin : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("Origin", "IncomingDocuments", maxLength: 200, nullable: true);
        b.CreateIndex("IX_IncomingDocuments_Origin", "IncomingDocuments", ["Origin"], unique: true);
    }
}
