import { momentResponse } from '../../site/moment-response.ts';

export const GET = () => momentResponse('securityTxt');
