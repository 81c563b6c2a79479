//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::ab2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ab2_2Params {
    pub ab2: ::std::option::Option<::std::string::String>,
    pub ab3: ::std::option::Option<::std::string::String>,
    pub ab4: ::std::option::Option<::std::string::String>,
}
impl Ab2_2Params {
    /// Sets `ab2`.
    #[must_use]
    pub fn ab2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ab2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ab3`.
    #[must_use]
    pub fn ab3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ab3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ab4`.
    #[must_use]
    pub fn ab4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ab4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::ab2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ab2_2OkHeaders {
    pub ab: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::ab2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Ab2_2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Ab2_2OkHeaders },
}
/// Documented error responses of [`super::Client::ab2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Ab2_2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::ab_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum AbPost2_2Error {}
impl super::Client {
    /// */ operation ab "#
    ///
    /// `GET /op77/{ab}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ab2(
        &self,
        ab: &str,
        params: &Ab2_2Params,
    ) -> ::std::result::Result<Ab2_2Response, super::Error<Ab2_2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op77/");
        url.push_str(
            &super::runtime::path_param(
                "ab",
                &super::runtime::to_value("ab", &ab)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.ab2 {
            let v = super::runtime::to_value("ab", v)?;
            super::runtime::push_param(&mut query, "ab", &v, "form", true);
        }
        if let Some(v) = &params.ab3 {
            let v = super::runtime::to_value("ab", v)?;
            headers.push(("ab", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.ab4 {
            let v = super::runtime::to_value("ab", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "ab", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[77usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("ab2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "ab", method = "GET", path = "/op77/{ab}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("ab2", status, &response_headers);
        match status {
            200 => {
                let headers = Ab2_2OkHeaders {
                    ab: super::runtime::optional_header(&response_headers, "ab", status)?,
                };
                Ok(Ab2_2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Ab2_2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Ab2_2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Ab2_2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op77/{ab}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ab_post2(
        &self,
        ab: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<AbPost2_2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op77/");
        url.push_str(
            &super::runtime::path_param(
                "ab",
                &super::runtime::to_value("ab", &ab)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("ab_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "ab_post", method = "POST", path =
            "/op77/{ab}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("ab_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AbPost2_2Error,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
