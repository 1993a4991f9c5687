import type { Messages } from './vi.js';

/** English postal messages; typed from the Vietnamese ones, so a missing key is a compile error. */
export const postalEn: Messages['postal'] = {
  nav: { failed: 'Failed deliveries' },
  statuses: {
    dispatched: 'Handed to the post',
    accepted: 'Accepted by the post',
    in_transit: 'In transit',
    out_for_delivery: 'Out for delivery',
    delivered: 'Delivered',
    failed: 'Delivery failed, returned to the counter',
  },
  panel: {
    heading: 'Send the result by post',
    none: 'No parcel sent yet.',
    dispatchHeading: 'Send the result by post',
    trackingNumber: 'Tracking number',
    trackingHint: 'The number on the label, like EL123456785VN (2 letters, 9 digits, VN).',
    trackingHintGenerated:
      'Leave empty to let the post number it, or type the number on the label, like EL123456785VN (2 letters, 9 digits, VN).',
    recipientName: 'Recipient',
    recipientAddress: 'Delivery address',
    recipientPhone: "Recipient's phone",
    simulation: 'Simulated carrier scenario (demo mode)',
    simulations: {
      deliver: 'Delivered',
      fail: 'Delivery fails',
      duplicate: 'Carrier repeats its reports',
      out_of_order: 'Reports arrive out of order',
    },
    submit: 'Send the result',
    submitting: 'Sending…',
    done: (n: string) => `The result was handed to the post under number ${n}.`,
    awaitingHandover:
      'A result is sent only once handed to the post: make a counter → post hand-over record, have the courier confirm it, then send the result here.',
    makeHandover: 'Make a hand-over record',
    handedOver: (n: string) => `Handed to the post on record ${n}.`,
    redispatchHint:
      'The last delivery failed: send again by post, or hand the result over at the counter ("Return the result").',
    parcel: (n: string) => `Parcel ${n}`,
    carrier: 'Carrier',
    sentBy: (name: string, at: string) => `Sent by ${name}, ${at}`,
    deliveredTo: (name: string) => `Received by: ${name}`,
    failureReason: (reason: string) => `Reason: ${reason}`,
    timelineCaption: "The parcel's journey",
    columns: { at: 'Time', status: 'Status', place: 'Place', note: 'Note' },
    late: 'Arrived late, changed nothing',
    refresh: 'Refresh the status',
  },
  failed: {
    title: 'Failed deliveries of results',
    intro: 'Results the post brought back: send again by post or hand over at the counter.',
    empty: 'No failed deliveries.',
    caption: 'Parcels that could not be delivered',
    columns: {
      code: 'Dossier code',
      applicant: 'Applicant',
      procedure: 'Procedure',
      tracking: 'Tracking number',
      failedAt: 'Time',
      reason: 'Reason',
    },
  },
  public: {
    heading: 'Result sent by post',
    trackingNumber: 'Tracking number',
    status: 'Parcel status',
    deliveredAt: 'Delivered at',
    deliveredTo: 'Received by',
  },
};
