using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Incoming.Models;

namespace Portal.Incoming.Migrations;

[DbContext(typeof(IncomingDb))]
[Migration("20261210000000_IncomingInitial")]
public sealed class IncomingInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("IncomingDocuments", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            BookId = t.Column<int>(nullable: false),
            BookCode = t.Column<string>(maxLength: 50, nullable: false),
            Year = t.Column<int>(nullable: false),
            ArrivalNumber = t.Column<int>(nullable: false),
            ArrivedUtc = t.Column<DateTime>(nullable: false),
            Sender = t.Column<string>(maxLength: 300, nullable: false),
            NumberSymbol = t.Column<string>(maxLength: 100, nullable: false),
            DocumentDate = t.Column<DateOnly>(nullable: false),
            DocumentType = t.Column<string>(maxLength: 100, nullable: false),
            Subject = t.Column<string>(maxLength: 2000, nullable: false),
            Level = t.Column<int>(nullable: false),
            Urgency = t.Column<int>(nullable: false),
            PageCount = t.Column<int>(nullable: false),
            CopyCount = t.Column<int>(nullable: false),
            Deadline = t.Column<DateOnly>(nullable: true),
            Dossier = t.Column<string>(maxLength: 100, nullable: false),
            Notes = t.Column<string>(maxLength: 1000, nullable: false),
            AddresseeOnly = t.Column<bool>(nullable: false),
            AddresseeUserId = t.Column<string>(maxLength: 100, nullable: true),
            AddresseeName = t.Column<string>(maxLength: 200, nullable: false),
            DuplicateKey = t.Column<string>(maxLength: 450, nullable: false),
            DuplicateReason = t.Column<string>(maxLength: 1000, nullable: false),
            Status = t.Column<int>(nullable: false),
            RegisteredBy = t.Column<string>(maxLength: 100, nullable: false),
            RegisteredByName = t.Column<string>(maxLength: 200, nullable: false),
            RegisteredUtc = t.Column<DateTime>(nullable: false),
            LeaderUserId = t.Column<string>(maxLength: 100, nullable: true),
            LeaderName = t.Column<string>(maxLength: 200, nullable: false),
            Direction = t.Column<string>(maxLength: 2000, nullable: false),
            LeadUserId = t.Column<string>(maxLength: 100, nullable: true),
            LeadName = t.Column<string>(maxLength: 200, nullable: false),
            Result = t.Column<string>(maxLength: 2000, nullable: false),
            CancelReason = t.Column<string>(maxLength: 1000, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IncomingDocuments", x => x.Id));
        b.CreateIndex("IX_IncomingDocuments_BookId_Year_ArrivalNumber", "IncomingDocuments", ["BookId", "Year", "ArrivalNumber"], unique: true);
        b.CreateIndex("IX_IncomingDocuments_DuplicateKey", "IncomingDocuments", "DuplicateKey");
        b.CreateIndex("IX_IncomingDocuments_ArrivedUtc", "IncomingDocuments", "ArrivedUtc");

        b.CreateTable("IncomingParticipants", t => new
        {
            Id = t.Column<long>(nullable: false).Generated(),
            DocumentId = t.Column<int>(nullable: false),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            Role = t.Column<int>(nullable: false),
            AddedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IncomingParticipants", x => x.Id));
        b.CreateIndex("IX_IncomingParticipants_DocumentId_UserId_Role", "IncomingParticipants", ["DocumentId", "UserId", "Role"], unique: true);
        b.CreateIndex("IX_IncomingParticipants_UserId_DocumentId", "IncomingParticipants", ["UserId", "DocumentId"]);

        b.CreateTable("IncomingEvents", t => new
        {
            Id = t.Column<long>(nullable: false).Generated(),
            DocumentId = t.Column<int>(nullable: false),
            AtUtc = t.Column<DateTime>(nullable: false),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            UserName = t.Column<string>(maxLength: 200, nullable: false),
            Action = t.Column<string>(maxLength: 50, nullable: false),
            From = t.Column<int>(nullable: true),
            To = t.Column<int>(nullable: false),
            Note = t.Column<string>(maxLength: 2000, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IncomingEvents", x => x.Id));
        b.CreateIndex("IX_IncomingEvents_DocumentId", "IncomingEvents", "DocumentId");

        b.CreateTable("IncomingHandOvers", t => new
        {
            Id = t.Column<long>(nullable: false).Generated(),
            DocumentId = t.Column<int>(nullable: false),
            BookId = t.Column<int>(nullable: false),
            BookCode = t.Column<string>(maxLength: 50, nullable: false),
            Year = t.Column<int>(nullable: false),
            Number = t.Column<int>(nullable: false),
            HandedOverUtc = t.Column<DateTime>(nullable: false),
            HandedOverBy = t.Column<string>(maxLength: 200, nullable: false),
            Recipient = t.Column<string>(maxLength: 300, nullable: false),
            Notes = t.Column<string>(maxLength: 1000, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IncomingHandOvers", x => x.Id));
        b.CreateIndex("IX_IncomingHandOvers_BookId_Year_Number", "IncomingHandOvers", ["BookId", "Year", "Number"], unique: true);
        b.CreateIndex("IX_IncomingHandOvers_DocumentId", "IncomingHandOvers", "DocumentId");
    }
}
