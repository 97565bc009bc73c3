/**
 * The stored form of an assessment (`as1`; `as2`, `as3` and `as4`: the same bytes) byte for byte: rows written before a change of the
 * encoder are read by the decoder after it, so its bytes must not move without a new form.
 */
import { describe, expect, it } from 'vitest';
import { encodeAssessment, type LearnerAssessment } from '../src/reports/learner-assessment.js';

const included: LearnerAssessment = {
  status: 'included',
  evidenceCount: 3,
  matches: [
    {
      code: '2-02-38-01',
      name: '一',
      score: 0.6123,
      band: 'strong',
      fitsWell: true,
      digital: true,
      green: false,
    },
    {
      code: '4-04-05-02',
      name: '二',
      score: 0.5,
      band: 'moderate',
      fitsWell: false,
      digital: false,
      green: false,
    },
  ],
  gaps: [{ taskId: '2-02-38-01-03', text: '设计、开发嵌入式软件', gain: 0.0123 }],
  missingTerms: ['嵌入式', 'PLC'],
};

const hex = (assessment: LearnerAssessment) =>
  Buffer.from(encodeAssessment(assessment) as Uint8Array).toString('hex');

describe('the stored form of an assessment', () => {
  it('writes scores and gains as ten-thousandths and texts as UTF-8 with their lengths', () => {
    expect(hex(included)).toBe(
      '0101000300000002000a00322d30322d33382d3031eb170a00342d30342d30352d3032881301000d00322d30322d33382d30312d30331e00e8aebee8aea1e38081e5bc80e58f91e5b58ce585a5e5bc8fe8bdafe4bbb67b0002000900e5b58ce585a5e5bc8f0300504c43',
    );
  });

  it('writes every number as a 64-bit float when one is not a whole ten-thousandth', () => {
    expect(hex({ ...included, gaps: [{ taskId: 't', text: 'é', gain: 0.01234567 }] })).toBe(
      '0101010300000002000a00322d30322d33382d3031d5e76a2bf697e33f0a00342d30342d30352d3032000000000000e03f01000100740200c3a98e7b2dc7af48893f02000900e5b58ce585a5e5bc8f0300504c43',
    );
  });

  it('keeps a learner without evidence as a head alone, and no failure at all', () => {
    expect(hex({ status: 'no_evidence', evidenceCount: 0 })).toBe('01000000000000');
    expect(encodeAssessment({ status: 'failed', evidenceCount: 2, error: 'x' })).toBeNull();
  });
});
