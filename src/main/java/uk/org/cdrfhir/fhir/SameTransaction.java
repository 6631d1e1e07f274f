package uk.org.cdrfhir.fhir;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.model.DeleteConflictList;
import ca.uhn.fhir.jpa.delete.DeleteConflictUtil;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;

/**
 * The server's own follow-up writes and reads inside the database transaction of the write that
 * caused them (a notification opening a case, a case starting its tasks). HAPI's
 * {@link TransactionDetails} holds every record written so far in the transaction with its database
 * key: passing it on lets a follow-up write resolve its references to those records without a
 * query, and a follow-up read take the record in hand instead of reading and parsing it again.
 */
public final class SameTransaction {

	private SameTransaction() {
	}

	public static <T extends IBaseResource> IIdType create(IFhirResourceDao<T> dao, T resource, TransactionDetails transaction) {
		return dao.create(resource, null, true, new SystemRequestDetails(), transaction).getId();
	}

	/** Returns the id of the version written. */
	public static <T extends IBaseResource> IIdType update(IFhirResourceDao<T> dao, T resource, TransactionDetails transaction) {
		return dao.update(resource, null, true, false, new SystemRequestDetails(), transaction).getId();
	}

	/** Deletes a record, refused (409, by HAPI) while other records refer to it. */
	public static void delete(IFhirResourceDao<?> dao, IIdType id, TransactionDetails transaction) {
		DeleteConflictList conflicts = new DeleteConflictList();
		dao.delete(id, conflicts, new SystemRequestDetails(), transaction);
		DeleteConflictUtil.validateDeleteConflictsEmptyOrThrowException(dao.getContext(), conflicts);
	}

	/**
	 * The record as written earlier in this transaction, else as stored. (A record is written at most
	 * once per transaction by these flows, so the copy in hand is its current content.)
	 */
	public static <T extends IBaseResource> T read(IFhirResourceDao<T> dao, IIdType id, TransactionDetails transaction) {
		IBaseResource written = transaction.getResolvedResource(id);
		if (dao.getResourceType().isInstance(written)) {
			return dao.getResourceType().cast(written);
		}
		return dao.read(id, new SystemRequestDetails());
	}
}
